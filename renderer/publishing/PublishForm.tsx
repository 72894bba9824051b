import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AccountSummary, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';
import type { FigureChoice } from '../blocks/figure/figureChoices';
import type { ReviewView } from '../../shared/ipc/workflow-channels';
import { gateOption, gateRequest, NO_GATE_INPUT, PublishGate } from '../workflow/review/PublishGate';

export type PublishStatus = ChannelInput<'publishDraft'>['status'];
type Status = PublishStatus;
type Terms = ChannelOutput<'listTerms'>;
export type PublishRequest = Omit<ChannelInput<'publishDraft'>, 'draftId'>;

const STATUSES: readonly Status[] = ['draft', 'pending', 'publish', 'future'];
// '' is "the article's own" (featuredImage absent); NONE sends null.
const NONE = 'none';

function TermList({ legend, terms, chosen, onToggle }: { legend: string; terms: Terms['categories']; chosen: number[]; onToggle: (id: number) => void }) {
  if (terms.length === 0) return null;
  return (
    <fieldset className="pub-terms">
      <legend>{legend}</legend>
      {terms.map((term) => (
        <label key={term.id} className="pub-check">
          <input type="checkbox" checked={chosen.includes(term.id)} onChange={() => onToggle(term.id)} />
          {term.name}
        </label>
      ))}
    </fieldset>
  );
}

const toggle = (list: number[], id: number) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

/** Where and how to publish: account, status (or a time), terms from the site, featured image. */
export function PublishForm({
  accounts,
  figures,
  ownFeatured,
  initialStatus = 'publish',
  review,
  onSubmit,
}: {
  accounts: AccountSummary[];
  figures: FigureChoice[];
  ownFeatured: string | null;
  initialStatus?: Status;
  /** The article's review, for what the workflow asks before it goes out (a refusal, an override, a correction's note). */
  review: ReviewView | null;
  onSubmit: (request: PublishRequest) => void;
}) {
  const api = useApi();
  const t = useT();
  const id = useId();
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? '');
  const [status, setStatus] = useState<Status>(initialStatus);
  const [gate, setGate] = useState(NO_GATE_INPUT);
  const workflowOption = gateOption(review, status);
  const [when, setWhen] = useState('');
  const [terms, setTerms] = useState<Terms | null>(null);
  const [termsError, setTermsError] = useState<string | null>(null);
  const [categories, setCategories] = useState<number[]>([]);
  const [tags, setTags] = useState<number[]>([]);
  const [featured, setFeatured] = useState('');
  const [error, setError] = useState<string | null>(null);
  const account = accounts.find((a) => a.id === accountId);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  useEffect(() => {
    if (!accountId) return;
    let active = true;
    setTerms(null);
    setTermsError(null);
    setCategories([]);
    setTags([]);
    unwrap(api.listTerms({ accountId })).then(
      (found) => active && setTerms(found),
      (failure: unknown) => active && setTermsError(errorMessage(failure)),
    );
    return () => {
      active = false;
    };
  }, [api, accountId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    let scheduledAt: number | undefined;
    if (status === 'future') {
      // datetime-local is wall-clock time without a zone: Date reads it in the local zone shown.
      scheduledAt = when ? new Date(when).getTime() : NaN;
      if (!Number.isFinite(scheduledAt)) return setError(t('publishing.form.chooseTime'));
      if (scheduledAt <= Date.now()) return setError(t('publishing.form.futureTime'));
    }
    const workflow = gateRequest(workflowOption, gate, t);
    if (!workflow.ok) return setError(workflow.message);
    onSubmit({
      accountId,
      status,
      ...(scheduledAt !== undefined ? { scheduledAt } : {}),
      ...(account?.kind === 'wordpress' ? { categories, tags } : {}),
      ...(featured === '' ? {} : { featuredImage: featured === NONE ? null : featured }),
      ...workflow.extra,
    });
  };

  const own = figures.find((figure) => figure.sha256 === ownFeatured);
  return (
    <form className="pub-form" aria-label={t('publishing.form.label')} onSubmit={submit}>
      <label htmlFor={`${id}-account`}>{t('publishing.form.account')}</label>
      <select id={`${id}-account`} value={accountId} onChange={(event) => setAccountId(event.target.value)}>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {t('publishing.form.accountOption', { account: a.label, site: a.siteUrl })}
          </option>
        ))}
      </select>
      {account && account.secretStatus !== 'set' && (
        <p className="field-error">{t('publishing.form.noSecret')}</p>
      )}
      <fieldset className="pub-status">
        <legend>{t('publishing.form.status')}</legend>
        {STATUSES.map((choice) => (
          <label key={choice} className="pub-check">
            <input
              type="radio"
              name={`${id}-status`}
              value={choice}
              checked={status === choice}
              // Ghost has no "pending review".
              disabled={choice === 'pending' && account?.kind === 'ghost'}
              onChange={() => setStatus(choice)}
            />
            {t(`publishing.status.${choice}`)}
          </label>
        ))}
      </fieldset>
      {status === 'future' && (
        <div className="pub-when">
          <label htmlFor={`${id}-when`}>{t('publishing.form.when')}</label>
          <input id={`${id}-when`} type="datetime-local" value={when} aria-describedby={`${id}-zone`} onChange={(event) => setWhen(event.target.value)} />
          <p id={`${id}-zone`} className="meta-hint">
            {t('publishing.form.timeZone', { zone: timeZone })}
          </p>
        </div>
      )}
      {account?.kind === 'wordpress' && (
        <div className="pub-term-lists">
          {terms === null && !termsError && <p className="meta-hint">{t('publishing.form.loadingTerms')}</p>}
          {termsError && <p className="field-error">{t('publishing.form.termsFailed', { reason: termsError })}</p>}
          {terms && (
            <>
              <TermList legend={t('publishing.form.categories')} terms={terms.categories} chosen={categories} onToggle={(term) => setCategories((l) => toggle(l, term))} />
              <TermList legend={t('publishing.form.tags')} terms={terms.tags} chosen={tags} onToggle={(term) => setTags((l) => toggle(l, term))} />
            </>
          )}
        </div>
      )}
      <label htmlFor={`${id}-featured`}>{t('publishing.form.featured')}</label>
      <select id={`${id}-featured`} value={featured} onChange={(event) => setFeatured(event.target.value)}>
        <option value="">{own ? t('publishing.form.featuredOwn', { image: own.label }) : t('publishing.form.featuredOwnNone')}</option>
        <option value={NONE}>{t('publishing.form.featuredNone')}</option>
        {figures
          .filter((figure) => figure.sha256 !== ownFeatured)
          .map((figure) => (
            <option key={figure.sha256} value={figure.sha256}>
              {figure.label}
            </option>
          ))}
      </select>
      <PublishGate option={workflowOption} value={gate} onChange={setGate} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={!account}>
          {t(`publishing.submit.${status}`)}
        </button>
      </div>
    </form>
  );
}
