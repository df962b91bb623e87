import { graphql } from '../../gql';

/** What the composer and the reply form ask of `previewDeidentification`. */
export const PreviewOfText = graphql(`
  fragment PreviewOfText on DeidentificationResult {
    text
    findings {
      category
      start
      end
      replacement
    }
    uncertain {
      start
      end
      reason
    }
    warnings {
      rule
      message
    }
  }
`);
