"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { FormField, FormFooter, useServerSubmit, useZodForm } from "@/components/ui/form";
import { CONTROL } from "@/components/ui/select";
import { EmptyState, QueryView } from "@/components/ui/states";
import { fieldError } from "@/lib/api/client";
import { filterQueries, type OptionTeam } from "@/features/filters/queries";
import type { KpiId } from "@/features/kpis/registry";
import { targetCreate, type AdminTarget } from "@/features/admin/contract";
import { useCreateTarget, useDeleteTarget, useUpdateTarget } from "@/features/admin/hooks";
import { adminQueries } from "@/features/admin/queries";
import { CellError, Panel } from "./admin-form";
import { RowActions } from "./row-actions";
import { TeamOptions } from "./team-options";

export type KpiOption = { id: KpiId; label: string; unit: string };

const UNIT_HINT: Record<string, string> = {
  currency: "An amount, e.g. 12500.00.",
  count: "A count, e.g. 120.",
  ratio: "A fraction: 0.25 for 25 %, 1.5 for 1.5×.",
  hours: "Hours, e.g. 24.",
  seconds: "Seconds, e.g. 90.",
};

export function AdminTargets({ kpis }: { kpis: KpiOption[] }) {
  const targets = useQuery(adminQueries.targets());
  const teams = useQuery(filterQueries.options()).data?.teams ?? [];
  const kpiLabel = (id: string) => kpis.find((k) => k.id === id)?.label ?? id;
  const teamName = (t: AdminTarget) => (t.team_id ? (teams.find((team) => team.id === t.team_id)?.name ?? t.team_id) : "Whole company");
  const columns: DataColumn<AdminTarget>[] = [
    { id: "kpi", header: "KPI", value: (t) => kpiLabel(t.kpi_id), className: "font-medium" },
    { id: "team", header: "Team", value: teamName },
    { id: "period", header: "Period", value: (t) => t.period_start, cell: (t) => `${t.period_start} – ${t.period_end}`, className: "text-slate-700" },
    {
      id: "value",
      header: "Target",
      numeric: true,
      value: (t) => Number(t.value),
      cell: (t) => <TargetValue key={t.value} target={t} name={targetName(t, kpiLabel(t.kpi_id))} />,
    },
    {
      id: "actions",
      header: "Actions",
      hideHeader: true,
      className: "text-right",
      cell: (t) => <TargetActions target={t} name={targetName(t, kpiLabel(t.kpi_id))} />,
    },
  ];
  return (
    <div className="space-y-6">
      <CreateTarget kpis={kpis} teams={teams} />
      <Panel
        title="Targets"
        description="A KPI's status is judged against the narrowest target whose period covers the one viewed; a team's own target wins over the company's."
      >
        <QueryView query={targets} label="Loading targets">
          {(d) => (
            <DataTable
              caption="Targets"
              columns={columns}
              data={d.targets}
              getRowId={(t) => t.id}
              empty={<EmptyState title="No targets yet.">Without a target, a KPI is judged by its default thresholds.</EmptyState>}
            />
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

const targetName = (t: AdminTarget, kpi: string) => `${kpi} target ${t.period_start} to ${t.period_end}`;

function CreateTarget({ kpis, teams }: { kpis: KpiOption[]; teams: OptionTeam[] }) {
  const create = useCreateTarget();
  const form = useZodForm(targetCreate, { defaultValues: { kpi_id: kpis[0]?.id, team_id: "", period_start: "", period_end: "", value: "" } });
  const { submit, failure } = useServerSubmit(form, (body, onError) => create.mutate({ body }, { onSuccess: () => form.reset(), onError }));
  const unit = kpis.find((k) => k.id === form.watch("kpi_id"))?.unit ?? "count";
  return (
    <Panel title="Set a target">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <FormField label="KPI" form={form} name="kpi_id">
          {(p) => (
            <select {...p} {...form.register("kpi_id")}>
              {kpis.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Team" form={form} name="team_id">
          {(p) => (
            <select {...p} {...form.register("team_id")}>
              <TeamOptions teams={teams} none="Whole company" />
            </select>
          )}
        </FormField>
        <FormField label="Period start" form={form} name="period_start">
          {(p) => <input {...p} type="date" {...form.register("period_start")} />}
        </FormField>
        <FormField label="Period end" form={form} name="period_end">
          {(p) => <input {...p} type="date" {...form.register("period_end")} />}
        </FormField>
        <FormField label="Target value" form={form} name="value" hint={UNIT_HINT[unit]}>
          {(p) => <input {...p} inputMode="decimal" autoComplete="off" {...form.register("value")} />}
        </FormField>
        <FormFooter label="Set target" pendingLabel="Saving…" pending={create.isPending} failure={failure} className="sm:col-span-2 lg:col-span-5" />
      </form>
    </Panel>
  );
}

/** The value is edited in place; Save shows once it differs from the stored one. */
function TargetValue({ target, name }: { target: AdminTarget; name: string }) {
  const update = useUpdateTarget();
  const [value, setValue] = useState(target.value);
  const valueError = fieldError(update.error, "value");
  return (
    <div className="flex flex-col items-end">
      <form
        className="flex items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ params: { id: target.id }, body: { value: value.trim() } });
        }}
      >
        <input
          aria-label={`Value of ${name}`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          inputMode="decimal"
          className={`${CONTROL} tabular w-32 px-2 py-1`}
          aria-invalid={valueError ? true : undefined}
        />
        {value !== target.value && (
          <Button type="submit" variant="secondary" size="sm" disabled={update.isPending}>
            Save
          </Button>
        )}
      </form>
      {valueError ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          Value {valueError}.
        </p>
      ) : (
        <CellError error={update.error} />
      )}
    </div>
  );
}

function TargetActions({ target, name }: { target: AdminTarget; name: string }) {
  const remove = useDeleteTarget();
  return <RowActions id={target.id} remove={remove} target={name} question="Delete this target?" />;
}
