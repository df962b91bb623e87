import { graphql } from '../../gql';

export const AttachmentReview = graphql(`
  fragment AttachmentReview on Attachment {
    id
    status
    refusalCode
    refusalMessage
    kind
    mimeType
    width
    height
    url
    autoMasks {
      x
      y
      width
      height
    }
    authorMasks {
      x
      y
      width
      height
    }
    reviewReasons
    facesMasked
    faceMasking
    consentRecorded
    posted
  }
`);

export const AttachmentStatusQuery = graphql(`
  query AttachmentStatus($id: ID!) {
    attachment(id: $id) {
      ...AttachmentReview
    }
  }
`);

export const UpdateAttachmentMasks = graphql(`
  mutation UpdateAttachmentMasks($input: UpdateAttachmentMasksInput!) {
    updateAttachmentMasks(input: $input) {
      ...AttachmentReview
    }
  }
`);

export const DiscardAttachment = graphql(`
  mutation DiscardAttachment($attachmentId: ID!) {
    discardAttachment(attachmentId: $attachmentId)
  }
`);

/** What the case page and the replies show of a posted attachment. */
export const PostedAttachment = graphql(`
  fragment PostedAttachment on Attachment {
    id
    kind
    url
    width
    height
    faceMasking
    dicomUrl
    windows {
      name
      centre
      width
      url
    }
  }
`);

/** Why the author must look before posting, in words. */
export const REVIEW_REASONS: Record<string, string> = {
  FACES_NOT_CHECKED: 'Faces were not searched for in this image: check it for faces yourself.',
  FACES_MASKED: 'Faces were found and masked: check that each is covered.',
  FACES_EYES_ONLY: 'Faces were found; only the eyes are masked, as you asked, with the patient’s consent.',
  OCR_DISABLED: 'Text in the image was not read: cover any names, dates or numbers yourself.',
  OCR_FRAMES_SAMPLED: 'Only some frames of this scan were read for text: check the others.',
  BURNED_IN_ANNOTATION_DECLARED: 'The scan says it has text burned into it: check that it is covered.',
};
