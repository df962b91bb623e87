// Placeholder until the anonymizer library lands (being written in parallel).
export type DeidentifiedText = string & { readonly __brand: 'DeidentifiedText' };
