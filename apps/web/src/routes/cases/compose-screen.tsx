import { useCallback } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { useLocation } from 'wouter';
import { ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import type { PatientSex } from '../../gql/graphql';
import { Composer, type NewCase, type PreviewFetcher } from './composer';

const PreviewCase = graphql(`
  query PreviewCase($title: String!, $body: String!, $spans: [TextSpanInput!]) {
    title: previewDeidentification(text: $title) {
      ...PreviewOfText
    }
    body: previewDeidentification(text: $body, extraRedactions: $spans) {
      ...PreviewOfText
    }
  }
`);

const ComposerChannels = graphql(`
  query ComposerChannels {
    channels {
      id
      name
      isMember
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

export function ComposeScreen() {
  const client = useClient();
  const [, navigate] = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: ComposerChannels });
  const [, createCase] = useMutation(CreateCase);

  const fetchPreview = useCallback<PreviewFetcher>(
    async (fields) => {
      const result = await client
        .query(
          PreviewCase,
          {
            title: fields.title,
            body: fields.body,
            spans: fields.spans.map((s) => ({ start: s.start, end: s.end })),
          },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('no preview');
      return { title: result.data.title, body: result.data.body };
    },
    [client],
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
        },
      });
      if (result.error) return result.error;
      if (result.data) navigate(`/cases/${result.data.createCase.id}`);
      return null;
    },
    [createCase, navigate],
  );

  const channels = data?.channels ?? [];
  const ordered = [...channels.filter((c) => c.isMember), ...channels.filter((c) => !c.isMember)];
  return (
    <>
      <h1>Post a case</h1>
      {fetching && !data && <Loading />}
      {error && <ErrorNotice error={error} />}
      {data && <Composer channels={ordered} fetchPreview={fetchPreview} onPost={post} />}
    </>
  );
}
