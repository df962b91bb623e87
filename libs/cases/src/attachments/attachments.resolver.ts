import { Ctx, RequireVerified } from '@curbside/auth';
import { RequestContext } from '@curbside/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CasePost, Reply } from '../case.models.js';
import {
  Attachment,
  AttachmentWindow,
  UpdateAttachmentMasksInput,
  toAttachment,
} from './attachment.models.js';
import { AttachmentsService } from './attachments.service.js';

/** Attachments: reading one (status and review), the author's masks, discarding a draft. */
@Resolver(() => Attachment)
export class AttachmentsResolver {
  constructor(private readonly attachments: AttachmentsService) {}

  @RequireVerified()
  @Query(() => Attachment, {
    nullable: true,
    description: 'An attachment: a draft for its uploader only, a posted one for whoever may read its case',
  })
  async attachment(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'Attachment id.' }) id: string,
  ): Promise<Attachment | null> {
    const row = await this.attachments.readable(ctx, id);
    return row ? toAttachment(row) : null;
  }

  @RequireVerified()
  @Mutation(() => Attachment, {
    description: "The author's masks on a draft, re-applied to its de-identified rendering",
  })
  async updateAttachmentMasks(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The attachment and its complete list of masks.' })
    input: UpdateAttachmentMasksInput,
  ): Promise<Attachment> {
    return toAttachment(await this.attachments.updateMasks(ctx, input.attachmentId, input.masks));
  }

  @RequireVerified()
  @Mutation(() => Boolean, { description: 'Throws away a draft attachment and everything stored of it' })
  discardAttachment(
    @Ctx() ctx: RequestContext,
    @Args('attachmentId', {
      type: () => ID,
      description: 'The draft attachment to discard (yours, not yet posted).',
    })
    attachmentId: string,
  ): Promise<boolean> {
    return this.attachments.discard(ctx, attachmentId);
  }

  @RequireVerified()
  @Mutation(() => Boolean, {
    description:
      'The patient withdrew consent: removes one of your attachments, posted or not, from Curbside everywhere (its files, renderings and links), audited',
  })
  withdrawAttachmentConsent(
    @Ctx() ctx: RequestContext,
    @Args('attachmentId', { type: () => ID, description: 'One of your own attachments' })
    attachmentId: string,
  ): Promise<boolean> {
    return this.attachments.withdrawConsent(ctx, attachmentId);
  }

  @RequireVerified()
  @ResolveField(() => String, {
    nullable: true,
    description:
      'The de-identified rendering, signed for the caller and valid for minutes; null unless READY',
  })
  url(@Ctx() ctx: RequestContext, @Parent() attachment: Attachment): string | null {
    return this.attachments.signedUrl(ctx, attachment);
  }

  @RequireVerified()
  @ResolveField(() => [AttachmentWindow], {
    description:
      'For a CT scan: its rendering at the usual windows (soft tissue, lung, bone, brain); else empty',
  })
  windows(@Ctx() ctx: RequestContext, @Parent() attachment: Attachment): AttachmentWindow[] {
    return attachment.windowList.map((w) =>
      Object.assign(new AttachmentWindow(), {
        ...w,
        url: this.attachments.signedUrl(ctx, attachment, `w-${w.name}`),
      }),
    );
  }

  @RequireVerified()
  @ResolveField(() => String, {
    nullable: true,
    description:
      'For a DICOM scan: a download of the de-identified DICOM file, signed for the caller and valid for minutes',
  })
  dicomUrl(@Ctx() ctx: RequestContext, @Parent() attachment: Attachment): string | null {
    return attachment.kind === 'dicom' ? this.attachments.signedUrl(ctx, attachment, 'dicom') : null;
  }
}

@Resolver(() => CasePost)
export class CaseAttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  @RequireVerified()
  @ResolveField(() => [Attachment], { description: 'Photos and scans posted with the case' })
  async attachments(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<Attachment[]> {
    return (await this.service.posted(ctx, post.id, null)).map(toAttachment);
  }
}

@Resolver(() => Reply)
export class ReplyAttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  @RequireVerified()
  @ResolveField(() => [Attachment], {
    description: 'Photos and scans posted with the reply (or consult answer)',
  })
  async attachments(@Ctx() ctx: RequestContext, @Parent() reply: Reply): Promise<Attachment[]> {
    return (await this.service.posted(ctx, reply.caseId, reply.id)).map(toAttachment);
  }
}
