/**
 * How attachment processing is scheduled. The processor ({@link AttachmentProcessor.process}) is
 * the job body; the queue decides where and when it runs. The default runs jobs one at a time in
 * this process and, at start-up, picks up every attachment still PROCESSING (a crash mid-way
 * resumes there). The pg-boss queue of `libs/jobs` replaces it by providing {@link ATTACHMENT_QUEUE}.
 */
export interface AttachmentQueue {
  enqueue(attachmentId: string): Promise<void>;
  /** Resolves when nothing is queued or running (tests and benchmarks). */
  idle(): Promise<void>;
}

export const ATTACHMENT_QUEUE = Symbol('ATTACHMENT_QUEUE');
