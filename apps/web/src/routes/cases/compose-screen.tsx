import { useCallback, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import { AttachmentPicker, type AttachmentsState } from '../attachments/attachment-picker';
import type { PatientSex } from '../../gql/graphql';
import { toSaveInput } from './case-details-fields';
import { Composer, type NewCase, type PreviewFetcher } from './composer';

// The title under the strict short-field policy it is saved with; the structured fields' free text
// (asked for only when written) as the server saves it, each on its own.
const PreviewCase = graphql(`
  query PreviewCase(
    $title: String!
    $body: String!
    $spans: [TextSpanInput!]
    $clinicalQuestion: String!
    $withClinicalQuestion: Boolean!
    $presentingProblem: String!
    $withPresentingProblem: Boolean!
    $tried: String!
    $withTried: Boolean!
  ) {
    title: previewDeidentification(text: $title, policy: SHORT_FIELD) {
      ...PreviewOfText
    }
    body: previewDeidentification(text: $body, extraRedactions: $spans) {
      ...PreviewOfText
    }
    clinicalQuestion: previewDeidentification(text: $clinicalQuestion) @include(if: $withClinicalQuestion) {
      ...PreviewOfText
    }
    presentingProblem: previewDeidentification(text: $presentingProblem)
      @include(if: $withPresentingProblem) {
      ...PreviewOfText
    }
    tried: previewDeidentification(text: $tried) @include(if: $withTried) {
      ...PreviewOfText
    }
  }
`);

// One part of the template's lists (a lab's name, an event), on its own as the server saves it.
const PreviewDetailText = graphql(`
  query PreviewDetailText($text: String!) {
    previewDeidentification(text: $text) {
      ...PreviewOfText
    }
  }
`);

type Previewed = Awaited<ReturnType<PreviewFetcher>>['body'];
const FIXED_TEXTS = new Set(['clinicalQuestion', 'presentingProblem', 'tried']);

const ComposerChannels = graphql(`
  query ComposerChannels {
    channels {
      id
      name
      isMember
    }
    caseDetailUnits {
      lab
      dose
    }
  }
`);

const CreateCase = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);

const SaveCaseDetails = graphql(`
  mutation SaveCaseDetails($input: SaveCaseDetailsInput!) {
    saveCaseDetails(input: $input) {
      clinicalQuestion
    }
  }
`);

export function ComposeScreen() {
  const client = useClient();
  const [, navigate] = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: ComposerChannels });
  const [, createCase] = useMutation(CreateCase);
  const [, saveDetails] = useMutation(SaveCaseDetails);
  const [detailsFailed, setDetailsFailed] = useState<{ caseId: string; error: unknown } | null>(null);
  const [images, setImages] = useState<AttachmentsState>({ ids: [], busy: false });

  // The template's parts (no marked spans) are many and change one at a time: each text is previewed
  // once while the screen is open (kept in memory only), so a round asks only for what changed and
  // stays inside the API's preview rate limit.
  const listPreviews = useRef(new Map<string, Previewed>());
  const previewListText = useCallback(
    async (text: string): Promise<Previewed> => {
      const known = listPreviews.current.get(text);
      if (known) return known;
      const result = await client
        .query(PreviewDetailText, { text }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('no preview');
      listPreviews.current.set(text, result.data.previewDeidentification);
      return result.data.previewDeidentification;
    },
    [client],
  );

  const fetchPreview = useCallback<PreviewFetcher>(
    async (fields) => {
      const extra = fields.extra ?? {};
      const known = listPreviews.current;
      const listed = Object.entries(extra).filter(([key]) => !FIXED_TEXTS.has(key));
      const ask = (key: 'clinicalQuestion' | 'presentingProblem' | 'tried') =>
        extra[key] !== undefined && !known.has(extra[key]);
      const listResults = Promise.all(
        listed.map(async ([key, text]) => [key, await previewListText(text)] as const),
      );
      listResults.catch(() => undefined); // awaited below; a failure is reported there
      const result = await client
        .query(
          PreviewCase,
          {
            title: fields.title,
            body: fields.body,
            spans: fields.spans.map((s) => ({ start: s.start, end: s.end })),
            clinicalQuestion: extra.clinicalQuestion ?? '',
            withClinicalQuestion: ask('clinicalQuestion'),
            presentingProblem: extra.presentingProblem ?? '',
            withPresentingProblem: ask('presentingProblem'),
            tried: extra.tried ?? '',
            withTried: ask('tried'),
          },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('no preview');
      const { title, body, clinicalQuestion, presentingProblem, tried } = result.data;
      const answered = { clinicalQuestion, presentingProblem, tried };
      const more: Record<string, Previewed | undefined> = {};
      for (const key of FIXED_TEXTS) {
        const text = extra[key];
        if (text === undefined) continue;
        const fresh = answered[key as keyof typeof answered];
        if (fresh) known.set(text, fresh);
        more[key] = fresh ?? known.get(text);
      }
      return {
        title,
        body,
        extra: {
          ...Object.fromEntries(Object.entries(more).filter((e): e is [string, Previewed] => !!e[1])),
          ...Object.fromEntries(await listResults),
        },
      };
    },
    [client, previewListText],
  );

  const post = useCallback(
    async (input: NewCase) => {
      const result = await createCase({
        input: {
          channelId: input.channelId,
          title: input.title,
          body: input.body,
          extraRedactions: input.extraRedactions,
          patientAge: input.patientAge,
          patientSex: input.patientSex as PatientSex | null,
          tags: input.tags,
          anonymous: input.anonymous,
          attachmentIds: images.ids,
        },
      });
      if (result.error) return result.error;
      if (!result.data) return null;
      const caseId = result.data.createCase.id;
      if (input.details) {
        const saved = await saveDetails({
          input: toSaveInput(caseId, input.details, input.patientSex),
        });
        // the case is posted: say so, rather than invite a second post
        if (saved.error) {
          setDetailsFailed({ caseId, error: saved.error });
          return null;
        }
      }
      navigate(`/cases/${caseId}`);
      return null;
    },
    [createCase, saveDetails, navigate, images.ids],
  );

  const channels = data?.channels ?? [];
  const ordered = [...channels.filter((c) => c.isMember), ...channels.filter((c) => !c.isMember)];
  return (
    <>
      <h1>Post a case</h1>
      {detailsFailed && (
        <>
          <ErrorNotice error={detailsFailed.error} />
          <p>
            Your case was posted, but its structured details were not saved.{' '}
            <Link href={`/cases/${detailsFailed.caseId}`}>Open the case</Link>
          </p>
        </>
      )}
      {fetching && !data && <Loading />}
      {error && <ErrorNotice error={error} />}
      {data && (
        <Composer
          channels={ordered}
          units={data.caseDetailUnits}
          fetchPreview={fetchPreview}
          onPost={post}
          holdPost={images.busy}
        >
          <AttachmentPicker idPrefix="case" onChange={setImages} />
        </Composer>
      )}
    </>
  );
}
