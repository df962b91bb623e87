/** The pub/sub topic of one registry import's progress; messages carry the import id only. */
export const registryImportTopic = (importId: string): string => `registry-import:${importId}`;
