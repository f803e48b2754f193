"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { applyServerErrors, FormAlert, FormField, useZodForm } from "@/components/ui/form";
import { EmptyState, QueryView } from "@/components/ui/states";
import { filterQueries, type OptionCampaign } from "@/features/filters/queries";
import { CHANNELS } from "@/lib/enums";
import { campaignCreate, campaignUpdate } from "@/features/admin/contract";
import { useCreateCampaign, useDeleteCampaign, useUpdateCampaign } from "@/features/admin/hooks";
import { CellError, ConfirmButton, Panel } from "./admin-form";

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
  const [failure, setFailure] = useState<string | null>(null);
  const submit = form.handleSubmit((body) => {
    setFailure(null);
    create.mutate({ body }, { onSuccess: () => form.reset(), onError: (error) => setFailure(applyServerErrors(form, error)) });
  });
  return (
    <Panel title="Add a campaign">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <FormField label="Id" form={form} name="id" hint="As your leads and spend refer to it.">
          {(p) => <input {...p} autoComplete="off" {...form.register("id")} />}
        </FormField>
        <CampaignFields register={(name) => form.register(name)} errors={form.formState.errors} />
        <div className="sm:col-span-2 lg:col-span-5">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create campaign"}
          </Button>
        </div>
        <div className="sm:col-span-2 lg:col-span-5">
          <FormAlert message={failure} />
        </div>
      </form>
    </Panel>
  );
}

function CampaignActions({ campaign }: { campaign: OptionCampaign }) {
  const remove = useDeleteCampaign();
  return (
    <div className="whitespace-nowrap">
      <span className="inline-flex gap-2">
        <EditCampaign campaign={campaign} />
        <ConfirmButton
          label="Delete"
          target={`campaign ${campaign.name}`}
          question={`Delete campaign ${campaign.name}?`}
          confirmLabel="Yes, delete"
          pending={remove.isPending}
          onConfirm={() => remove.mutate({ params: { id: campaign.id } })}
        />
      </span>
      <CellError error={remove.error} />
    </div>
  );
}

function EditCampaign({ campaign }: { campaign: OptionCampaign }) {
  const [open, setOpen] = useState(false);
  const update = useUpdateCampaign();
  const values = { name: campaign.name, channel: campaign.channel, starts_on: campaign.starts_on ?? "", ends_on: campaign.ends_on ?? "" };
  const form = useZodForm(campaignUpdate, { values });
  const [failure, setFailure] = useState<string | null>(null);
  const submit = form.handleSubmit((body) => {
    setFailure(null);
    update.mutate({ params: { id: campaign.id }, body }, { onSuccess: () => setOpen(false), onError: (error) => setFailure(applyServerErrors(form, error)) });
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        form.reset(values);
        setFailure(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          Edit<span className="sr-only"> campaign {campaign.name}</span>
        </Button>
      </DialogTrigger>
      <DialogContent title={`Edit campaign ${campaign.name}`} description={`Its id, ${campaign.id}, stays as it is.`}>
        <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
          <CampaignFields register={(name) => form.register(name)} errors={form.formState.errors} />
          <div className="sm:col-span-2">
            <FormAlert message={failure} />
          </div>
          <div className="flex justify-end gap-2 sm:col-span-2">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" disabled={update.isPending}>
              Save
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
