import { useId } from 'react';
import type { Translate } from '../../../shared/i18n/translate';
import type { ReviewView } from '../../../shared/ipc/workflow-channels';
import type { WorkflowAction } from '../../../shared/workflow/actions';
import { LIVE_STATES } from '../../../shared/workflow/states';
import { useT } from '../../i18n/LocaleProvider';
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
export function gateRequest(option: ActionOptionView | undefined, input: GateInput, t: Translate): GateResult {
  if (!option) return { ok: true, extra: {} };
  const note = input.note.trim() === '' ? null : input.note;
  if (option.refusal === null) {
    if (!option.noteRequired) return { ok: true, extra: {} };
    return note ? { ok: true, extra: { note } } : { ok: false, message: t('workflow.transition.needsNote', { action: t(`workflow.action.${option.action}`) }) };
  }
  if (!option.overridable) return { ok: false, message: option.refusal };
  if (!input.override) return { ok: false, message: t('workflow.gate.tickOverride', { refusal: option.refusal }) };
  return note ? { ok: true, extra: { note, override: true } } : { ok: false, message: t('workflow.gate.overrideNeedsNote') };
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
  const t = useT();
  if (!option) return null;
  if (option.refusal === null) {
    return option.noteRequired ? (
      <div className="wf-gate" role="group" aria-label={t('workflow.gate.group')}>
        <NoteField label={t('workflow.transition.correctionNote')} value={value.note} onChange={(note) => onChange({ ...value, note })} />
      </div>
    ) : null;
  }
  return (
    <div className="wf-gate" role="group" aria-label={t('workflow.gate.group')}>
      <p className="field-error">{option.refusal}</p>
      {option.overridable && (
        <>
          <label className="pub-check">
            <input type="checkbox" checked={value.override} onChange={(event) => onChange({ ...value, override: event.target.checked })} />
            {t('workflow.gate.override')}
          </label>
          {value.override && <NoteField label={t('workflow.gate.overrideNote')} value={value.note} onChange={(note) => onChange({ ...value, note })} />}
        </>
      )}
    </div>
  );
}
