"use client";

import { useQuery } from "@tanstack/react-query";
import type { UseFormRegisterReturn } from "react-hook-form";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { FormField, FormFooter, useServerSubmit, useZodForm } from "@/components/ui/form";
import { EmptyState, QueryView } from "@/components/ui/states";
import { filterQueries, type OptionCampaign } from "@/features/filters/queries";
import { CHANNELS } from "@/lib/enums";
import { campaignCreate, campaignUpdate } from "@/features/admin/contract";
import { useCreateCampaign, useDeleteCampaign, useUpdateCampaign } from "@/features/admin/hooks";
import { Panel } from "./admin-form";
import { EditDialog } from "./edit-dialog";
import { RowActions } from "./row-actions";

const label = (channel: string) => channel.replace(/_/g, " ");

function runs({ starts_on, ends_on }: OptionCampaign): string {
  if (starts_on && ends_on) return `${starts_on} – ${ends_on}`;
  if (starts_on) return `from ${starts_on}`;
  return ends_on ? `until ${ends_on}` : "—";
}

const COLUMNS: DataColumn<OptionCampaign>[] = [
  { id: "name", header: "Name", value: (c) => c.name, className: "font-medium" },
  { id: "id", header: "Id", value: (c) => c.id, className: "font-mono text-xs text-slate-700" },
  { id: "channel", header: "Channel", value: (c) => label(c.channel) },
  { id: "runs", header: "Runs", value: (c) => c.starts_on ?? c.ends_on, cell: runs, className: "text-slate-700" },
  { id: "actions", header: "Actions", hideHeader: true, className: "text-right", cell: (c) => <CampaignActions campaign={c} /> },
];

export function AdminCampaigns() {
  const options = useQuery(filterQueries.options());
  return (
    <div className="space-y-6">
      <CreateCampaign />
      <Panel title="Campaigns" description="A campaign with spend, leads, opportunities or customers cannot be deleted.">
        <QueryView query={options} label="Loading campaigns">
          {(d) => (
            <DataTable
              caption="Campaigns"
              columns={COLUMNS}
              data={d.campaigns}
              getRowId={(c) => c.id}
              empty={<EmptyState title="No campaigns yet.">Add one above, or import a campaigns CSV.</EmptyState>}
            />
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

type CampaignField = "name" | "channel" | "starts_on" | "ends_on";
type FieldsProps = { register: (name: CampaignField) => UseFormRegisterReturn; errors: Partial<Record<CampaignField, { message?: string }>> };

/** The fields a campaign's creation and its edit share; the id is set once, at creation. */
function CampaignFields({ register, errors }: FieldsProps) {
  return (
    <>
      <FormField label="Name" error={errors.name?.message}>
        {(p) => <input {...p} autoComplete="off" {...register("name")} />}
      </FormField>
      <FormField label="Channel" error={errors.channel?.message}>
        {(p) => (
          <select {...p} {...register("channel")}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Starts on" error={errors.starts_on?.message} hint="Optional.">
        {(p) => <input {...p} type="date" {...register("starts_on")} />}
      </FormField>
      <FormField label="Ends on" error={errors.ends_on?.message} hint="Optional.">
        {(p) => <input {...p} type="date" {...register("ends_on")} />}
      </FormField>
    </>
  );
}

function CreateCampaign() {
  const create = useCreateCampaign();
  const form = useZodForm(campaignCreate, { defaultValues: { id: "", name: "", channel: "paid_search", starts_on: "", ends_on: "" } });
  const { submit, failure } = useServerSubmit(form, (body, onError) => create.mutate({ body }, { onSuccess: () => form.reset(), onError }));
  return (
    <Panel title="Add a campaign">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <FormField label="Id" form={form} name="id" hint="As your leads and spend refer to it.">
          {(p) => <input {...p} autoComplete="off" {...form.register("id")} />}
        </FormField>
        <CampaignFields register={(name) => form.register(name)} errors={form.formState.errors} />
        <FormFooter label="Create campaign" pendingLabel="Creating…" pending={create.isPending} failure={failure} className="sm:col-span-2 lg:col-span-5" />
      </form>
    </Panel>
  );
}

function CampaignActions({ campaign }: { campaign: OptionCampaign }) {
  const remove = useDeleteCampaign();
  return (
    <RowActions
      id={campaign.id}
      remove={remove}
      edit={<EditCampaign campaign={campaign} />}
      target={`campaign ${campaign.name}`}
      question={`Delete campaign ${campaign.name}?`}
    />
  );
}

function EditCampaign({ campaign }: { campaign: OptionCampaign }) {
  const update = useUpdateCampaign();
  return (
    <EditDialog
      schema={campaignUpdate}
      values={{ name: campaign.name, channel: campaign.channel, starts_on: campaign.starts_on ?? "", ends_on: campaign.ends_on ?? "" }}
      save={(body, callbacks) => update.mutate({ params: { id: campaign.id }, body }, callbacks)}
      pending={update.isPending}
      label="Edit"
      target={`campaign ${campaign.name}`}
      title={`Edit campaign ${campaign.name}`}
      description={`Its id, ${campaign.id}, stays as it is.`}
      columns={2}
    >
      {(form) => <CampaignFields register={(name) => form.register(name)} errors={form.formState.errors} />}
    </EditDialog>
  );
}
