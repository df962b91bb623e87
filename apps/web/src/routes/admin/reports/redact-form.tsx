import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../../components/states';
import { graphql } from '../../../gql';
import type { CaseTextField, PhiCategory } from '../../../gql/graphql';
import { selectedSpan, spanOfWords, type TextSpan } from './span-selection';

export const RedactCaseMutation = graphql(`
  mutation AdminRedactCase($input: RedactCaseInput!) {
    redactCase(input: $input) {
      id
      title
      body
    }
  }
`);

export const RedactReplyMutation = graphql(`
  mutation AdminRedactReply($input: RedactReplyInput!) {
    redactReply(input: $input) {
      id
      body
    }
  }
`);

const CATEGORIES: [PhiCategory, string][] = [
  ['NAME', 'Name'],
  ['DATE', 'Date'],
  ['LOCATION', 'Place'],
  ['PHONE', 'Phone number'],
  ['EMAIL', 'E-mail address'],
  ['MRN', 'Medical record number'],
  ['OTHER_ID', 'Other identifier'],
];

export interface RedactTarget {
  kind: 'case' | 'reply';
  id: string;
  title?: string;
  body: string;
}

interface Props {
  reportId: string;
  target: RedactTarget;
  onDone: (message: string) => void;
}

/**
 * The reported text, selectable: select a span (or type the exact words) and redact it to a category
 * placeholder. Only offsets and the category leave the browser.
 */
export function RedactableText({ reportId, target, onDone }: Props) {
  const titleRef = useRef<HTMLParagraphElement>(null);
  const bodyRef = useRef<HTMLQuoteElement>(null);
  const [span, setSpan] = useState<(TextSpan & { field: CaseTextField }) | null>(null);
  const [words, setWords] = useState('');
  const [category, setCategory] = useState<PhiCategory>('NAME');
  const [notFound, setNotFound] = useState(false);
  const [caseState, redactCase] = useMutation(RedactCaseMutation);
  const [replyState, redactReply] = useMutation(RedactReplyMutation);
  const state = target.kind === 'case' ? caseState : replyState;

  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const inBody = bodyRef.current ? selectedSpan(bodyRef.current, selection) : null;
      const inTitle = titleRef.current ? selectedSpan(titleRef.current, selection) : null;
      if (inBody) setSpan({ ...inBody, field: 'BODY' });
      else if (inTitle) setSpan({ ...inTitle, field: 'TITLE' });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  async function redact() {
    let chosen = span;
    if (words.trim()) {
      const inBody = spanOfWords(target.body, words);
      const inTitle = target.title ? spanOfWords(target.title, words) : null;
      chosen = inBody ? { ...inBody, field: 'BODY' } : inTitle ? { ...inTitle, field: 'TITLE' } : null;
      setNotFound(chosen === null);
    }
    if (!chosen) return;
    const res =
      target.kind === 'case'
        ? await redactCase({
            input: { caseId: target.id, field: chosen.field, start: chosen.start, end: chosen.end, category },
          })
        : await redactReply({
            input: { replyId: target.id, start: chosen.start, end: chosen.end, category },
          });
    if (!res.error) {
      setSpan(null);
      setWords('');
      document.getSelection()?.removeAllRanges();
      onDone(`Redacted: the span now reads [${category}].`);
    }
  }

  const wordsId = `redact-words-${reportId}`;
  const categoryId = `redact-category-${reportId}`;
  return (
    <div>
      {target.title !== undefined && (
        <p ref={titleRef} className="moderated-text" aria-label="Reported title">
          {target.title}
        </p>
      )}
      <blockquote ref={bodyRef} className="moderated-text" aria-label="Reported text">
        {target.body}
      </blockquote>
      <fieldset>
        <legend>Redact part of the text</legend>
        <p className="hint" id={`redact-hint-${reportId}`}>
          Select the words in the text above, or type them exactly, then choose what they are.
        </p>
        <p className="muted" aria-live="polite">
          {span
            ? `${span.end - span.start} characters selected in the ${span.field === 'BODY' ? 'text' : 'title'}.`
            : ''}
        </p>
        <label htmlFor={wordsId}>Or type the exact words</label>
        <input
          id={wordsId}
          value={words}
          autoComplete="off"
          aria-describedby={`redact-hint-${reportId}`}
          onChange={(e) => {
            setWords(e.target.value);
            setNotFound(false);
          }}
        />
        <label htmlFor={categoryId}>They are a</label>
        <select id={categoryId} value={category} onChange={(e) => setCategory(e.target.value as PhiCategory)}>
          {CATEGORIES.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        {notFound && (
          <p className="notice error" role="alert">
            Those words are not in the text. Copy them exactly, or select them instead.
          </p>
        )}
        {state.error && <ErrorNotice error={state.error} />}
        <button
          type="button"
          disabled={state.fetching || (!span && !words.trim())}
          onClick={() => void redact()}
        >
          Redact
        </button>
      </fieldset>
    </div>
  );
}
