// The English first-name list of gender-detection-from-name (MIT): lower-cased name → gender.
declare module 'gender-detection-from-name/names/en' {
  const names: ReadonlyMap<string, 'male' | 'female'>;
  export = names;
}
