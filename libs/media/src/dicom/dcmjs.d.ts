// The few parts of dcmjs (which ships no types) that the media pipeline uses.
declare module 'dcmjs' {
  export interface DicomElement {
    vr: string;
    Value?: unknown[];
    InlineBinary?: string;
  }
  export type DicomDataset = Record<string, DicomElement>;
  export class DicomDict {
    constructor(meta: DicomDataset);
    meta: DicomDataset;
    dict: DicomDataset;
    write(options?: { allowInvalidVRLength?: boolean }): ArrayBuffer;
  }
  export const DicomMessage: {
    readFile(buffer: ArrayBuffer, options?: { ignoreErrors?: boolean; untilTag?: string | null }): DicomDict;
  };
  const dcmjs: {
    data: { DicomMessage: typeof DicomMessage; DicomDict: typeof DicomDict };
    log: {
      setLevel(level: string): void;
      getLogger(name: string): { setLevel(level: string): void };
      getLoggers(): Record<string, { setLevel(level: string): void }>;
    };
  };
  export default dcmjs;
}
