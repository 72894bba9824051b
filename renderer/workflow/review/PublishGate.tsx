import { useId } from 'react';
import type { ReviewView } from '../../../shared/ipc/workflow-channels';
import type { WorkflowAction } from '../../../shared/workflow/actions';
import { LIVE_STATES } from '../../../shared/workflow/states';
import type { ActionOptionView } from '../useReview';

export interface GateInput {
  override: boolean;
  note: string;
}

export const NO_GATE_INPUT: GateInput = { override: false, note: '' };

/**
 * The workflow action a publish status stands for, as main decides it: publishing a live article
 * again is a correction; scheduling is scheduling; saving to the site (draft, pending) is neither.
 */
function gateAction(status: string, review: ReviewView): WorkflowAction | null {
  if (status === 'future') return 'schedule';
  if (status !== 'publish') return null;
  return LIVE_STATES.includes(review.review.state) ? 'correct' : 'publish';
}

/** The review's option for going out with `status`; undefined when the workflow has no say. */
export const gateOption = (review: ReviewView | null, status: string): ActionOptionView | undefined =>
  review ? review.options.find((option) => option.action === gateAction(status, review)) : undefined;

export type GateResult = { ok: true; extra: { note?: string; override?: true } } | { ok: false; message: string };

/**
 * What the publish request carries for the workflow, or why it cannot go: refused outright;
 * overridable (an admin) but without the override ticked or its note; or a correction without
 * its public note.
 */
export function gateRequest(option: ActionOptionView | undefined, input: GateInput): GateResult {
  if (!option) return { ok: true, extra: {} };
  const note = input.note.trim() === '' ? null : input.note;
  if (option.refusal === null) {
    if (!option.noteRequired) return { ok: true, extra: {} };
    return note ? { ok: true, extra: { note } } : { ok: false, message: `“${option.label}” needs a note.` };
  }
  if (!option.overridable) return { ok: false, message: option.refusal };
  if (!input.override) return { ok: false, message: `${option.refusal} Tick “Override with a note” to go ahead anyway.` };
  return note ? { ok: true, extra: { note, override: true } } : { ok: false, message: 'An override needs a note saying why.' };
}

function NoteField({ label, value, onChange }: { label: string; value: string; onChange: (note: string) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={3} maxLength={4_000} aria-required="true" value={value} onChange={(event) => onChange(event.target.value)} />
    </>
  );
}

/**
 * In the publish dialog, what the workflow asks: a correction's public note; or why going out is
 * refused, with an admin's override and its note.
 */
export function PublishGate({ option, value, onChange }: { option: ActionOptionView | undefined; value: GateInput; onChange: (value: GateInput) => void }) {
  if (!option) return null;
  if (option.refusal === null) {
    return option.noteRequired ? (
      <div className="wf-gate" role="group" aria-label="Workflow">
        <NoteField label="Correction note (published with the article)" value={value.note} onChange={(note) => onChange({ ...value, note })} />
      </div>
    ) : null;
  }
  return (
    <div className="wf-gate" role="group" aria-label="Workflow">
      <p className="field-error">{option.refusal}</p>
      {option.overridable && (
        <>
          <label className="pub-check">
            <input type="checkbox" checked={value.override} onChange={(event) => onChange({ ...value, override: event.target.checked })} />
            Override with a note
          </label>
          {value.override && <NoteField label="Why override (kept in the audit log)" value={value.note} onChange={(note) => onChange({ ...value, note })} />}
        </>
      )}
    </div>
  );
}
