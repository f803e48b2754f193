import type { OptionTeam } from "@/features/filters/queries";

/** A team <select>'s options: first the empty choice, named for what it means there ("No team"). */
export function TeamOptions({ teams, none }: { teams: OptionTeam[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {teams.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </>
  );
}
