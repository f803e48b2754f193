"use client";

import { useState } from "react";
import { AdminTable, ConfirmButton, FormError, formValues, Panel, PRIMARY, SECONDARY, SelectField, SMALL_INPUT, TextField } from "@/features/admin/components/admin-form";
import { fieldError, useAdminOptions, useAdminTargets, useTargetWrite, type AdminTarget, type AdminTeam } from "@/features/admin/hooks";
import { EmptyState, QueryView } from "@/components/ui/states";

export type KpiOption = { id: string; label: string; unit: string };

const UNIT_HINT: Record<string, string> = {
  currency: "An amount, e.g. 12500.00.",
  count: "A count, e.g. 120.",
  ratio: "A fraction: 0.25 for 25 %, 1.5 for 1.5×.",
  hours: "Hours, e.g. 24.",
  seconds: "Seconds, e.g. 90.",
};

export function AdminTargets({ kpis }: { kpis: KpiOption[] }) {
  const targets = useAdminTargets();
  const options = useAdminOptions();
  const teams = options.data?.teams ?? [];
  const kpiById = new Map(kpis.map((k) => [k.id, k]));
  return (
    <div className="space-y-6">
      <CreateTarget kpis={kpis} teams={teams} />
      <Panel title="Targets" description="A KPI's status is judged against the narrowest target whose period covers the one viewed; a team's own target wins over the company's.">
        <QueryView query={targets} label="Loading targets" isEmpty={(d) => d.targets.length === 0} empty={<EmptyState title="No targets yet.">Without a target, a KPI is judged by its default thresholds.</EmptyState>}>
          {(d) => (
            <AdminTable caption="Targets" columns={["KPI", "Team", "Period", "Target"]}>
              {d.targets.map((t) => (
                <TargetRow key={`${t.id}:${t.value}`} target={t} kpi={kpiById.get(t.kpi_id)} team={teams.find((team) => team.id === t.team_id)} />
              ))}
            </AdminTable>
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

function CreateTarget({ kpis, teams }: { kpis: KpiOption[]; teams: AdminTeam[] }) {
  const write = useTargetWrite();
  const [kpiId, setKpiId] = useState(kpis[0]?.id ?? "");
  const unit = kpis.find((k) => k.id === kpiId)?.unit ?? "count";
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = formValues(form);
    write.mutate({ method: "POST", path: "/api/v1/targets", body: { ...values, team_id: values.team_id || null } }, { onSuccess: () => form.reset() });
  }
  return (
    <Panel title="Set a target">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField label="KPI" name="kpi_id" value={kpiId} onChange={(e) => setKpiId(e.target.value)} error={write.error}>
          {kpis.map((k) => <option key={k.id} value={k.id}>{k.label}</option>)}
        </SelectField>
        <SelectField label="Team" name="team_id" defaultValue="" error={write.error}>
          <option value="">Whole company</option>
          {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </SelectField>
        <TextField label="Period start" name="period_start" type="date" error={write.error} />
        <TextField label="Period end" name="period_end" type="date" error={write.error} />
        <TextField label="Target value" name="value" inputMode="decimal" autoComplete="off" hint={UNIT_HINT[unit]} error={write.error} />
        <div className="sm:col-span-2 lg:col-span-5"><button type="submit" className={PRIMARY} disabled={write.isPending}>{write.isPending ? "Saving…" : "Set target"}</button></div>
        <div className="sm:col-span-2 lg:col-span-5"><FormError error={write.error} /></div>
      </form>
    </Panel>
  );
}

function TargetRow({ target, kpi, team }: { target: AdminTarget; kpi?: KpiOption; team?: AdminTeam }) {
  const write = useTargetWrite();
  const [value, setValue] = useState(target.value);
  const path = `/api/v1/targets/${target.id}`;
  const name = `${kpi?.label ?? target.kpi_id} target ${target.period_start} to ${target.period_end}`;
  const valueError = fieldError(write.error, "value");
  return (
    <>
      <tr className="border-t border-slate-100">
        <td className="py-2 pr-3 font-medium">{kpi?.label ?? target.kpi_id}</td>
        <td className="py-2 pr-3">{target.team_id ? (team?.name ?? target.team_id) : "Whole company"}</td>
        <td className="py-2 pr-3 text-slate-700">{target.period_start} – {target.period_end}</td>
        <td className="py-2 pr-3">
          <form className="flex items-center gap-2" onSubmit={(e) => { e.preventDefault(); write.mutate({ method: "PATCH", path, body: { value: value.trim() } }); }}>
            <input aria-label={`Value of ${name}`} value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" className={`${SMALL_INPUT} w-32 tabular`} aria-invalid={valueError ? true : undefined} />
            {value !== target.value && <button type="submit" className={SECONDARY} disabled={write.isPending}>Save</button>}
          </form>
        </td>
        <td className="py-2 text-right">
          <ConfirmButton label="Delete" target={name} question="Delete this target?" confirmLabel="Yes, delete" pending={write.isPending} onConfirm={() => write.mutate({ method: "DELETE", path })} />
        </td>
      </tr>
      {write.error && (
        <tr>
          <td colSpan={5} className="pb-2">
            {valueError ? <p role="alert" className="text-sm text-red-700">Value {valueError}.</p> : <FormError error={write.error} />}
          </td>
        </tr>
      )}
    </>
  );
}
