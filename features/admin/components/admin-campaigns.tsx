"use client";

import { useState } from "react";
import { AdminTable, ConfirmButton, FormError, formValues, Panel, PRIMARY, RowError, SECONDARY, SelectField, TextField } from "@/features/admin/components/admin-form";
import { useAdminOptions, useCampaignWrite, type AdminCampaign } from "@/features/admin/hooks";
import { EmptyState, QueryView } from "@/components/ui/states";

const label = (channel: string) => channel.replace(/_/g, " ");

function runs({ starts_on, ends_on }: AdminCampaign): string {
  if (starts_on && ends_on) return `${starts_on} – ${ends_on}`;
  if (starts_on) return `from ${starts_on}`;
  return ends_on ? `until ${ends_on}` : "—";
}

export function AdminCampaigns() {
  const options = useAdminOptions();
  const channels = options.data?.channels ?? [];
  return (
    <div className="space-y-6">
      <CreateCampaign channels={channels} />
      <Panel title="Campaigns" description="A campaign with spend, leads, opportunities or customers cannot be deleted.">
        <QueryView query={options} label="Loading campaigns" isEmpty={(d) => d.campaigns.length === 0} empty={<EmptyState title="No campaigns yet.">Add one above, or import a campaigns CSV.</EmptyState>}>
          {(d) => (
            <AdminTable caption="Campaigns" columns={["Name", "Id", "Channel", "Runs"]}>{d.campaigns.map((c) => <CampaignRow key={JSON.stringify(c)} campaign={c} channels={channels} />)}</AdminTable>
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

function CampaignFields({ channels, error, campaign }: { channels: string[]; error: unknown; campaign?: AdminCampaign }) {
  return (
    <>
      <TextField label="Name" name="name" autoComplete="off" defaultValue={campaign?.name} error={error} />
      <SelectField label="Channel" name="channel" defaultValue={campaign?.channel ?? "paid_search"} error={error}>
        {channels.map((c) => <option key={c} value={c}>{label(c)}</option>)}
      </SelectField>
      <TextField label="Starts on" name="starts_on" type="date" defaultValue={campaign?.starts_on ?? ""} hint="Optional." error={error} />
      <TextField label="Ends on" name="ends_on" type="date" defaultValue={campaign?.ends_on ?? ""} hint="Optional." error={error} />
    </>
  );
}

function CreateCampaign({ channels }: { channels: string[] }) {
  const write = useCampaignWrite();
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    write.mutate({ method: "POST", path: "/api/v1/campaigns", body: formValues(form) }, { onSuccess: () => form.reset() });
  }
  return (
    <Panel title="Add a campaign">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <TextField label="Id" name="id" autoComplete="off" hint="As your leads and spend refer to it." error={write.error} />
        <CampaignFields channels={channels} error={write.error} />
        <div className="sm:col-span-2 lg:col-span-5"><button type="submit" className={PRIMARY} disabled={write.isPending}>{write.isPending ? "Creating…" : "Create campaign"}</button></div>
        <div className="sm:col-span-2 lg:col-span-5"><FormError error={write.error} /></div>
      </form>
    </Panel>
  );
}

function CampaignRow({ campaign, channels }: { campaign: AdminCampaign; channels: string[] }) {
  const write = useCampaignWrite();
  const [editing, setEditing] = useState(false);
  const path = `/api/v1/campaigns/${encodeURIComponent(campaign.id)}`;
  if (editing) {
    return (
      <tr className="border-t border-slate-100">
        <td colSpan={5} className="py-3">
          <form aria-label={`Edit campaign ${campaign.name}`} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" onSubmit={(e) => {
            e.preventDefault();
            write.mutate({ method: "PATCH", path, body: formValues(e.currentTarget) }, { onSuccess: () => setEditing(false) });
          }}>
            <CampaignFields channels={channels} error={write.error} campaign={campaign} />
            <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
              <button type="submit" className={PRIMARY} disabled={write.isPending}>Save</button>
              <button type="button" className={SECONDARY} onClick={() => setEditing(false)}>Cancel</button>
            </div>
            <div className="sm:col-span-2 lg:col-span-4"><FormError error={write.error} /></div>
          </form>
        </td>
      </tr>
    );
  }
  return (
    <>
      <tr className="border-t border-slate-100">
        <td className="py-2 pr-3 font-medium">{campaign.name}</td>
        <td className="py-2 pr-3 font-mono text-xs text-slate-700">{campaign.id}</td>
        <td className="py-2 pr-3">{label(campaign.channel)}</td>
        <td className="py-2 pr-3 text-slate-700">{runs(campaign)}</td>
        <td className="py-2 text-right whitespace-nowrap">
          <span className="inline-flex gap-2">
            <button type="button" className={SECONDARY} onClick={() => { write.reset(); setEditing(true); }}>Edit<span className="sr-only"> campaign {campaign.name}</span></button>
            <ConfirmButton label="Delete" target={`campaign ${campaign.name}`} question={`Delete campaign ${campaign.name}?`} confirmLabel="Yes, delete" pending={write.isPending} onConfirm={() => write.mutate({ method: "DELETE", path })} />
          </span>
        </td>
      </tr>
      <RowError error={write.error} colSpan={5} />
    </>
  );
}
