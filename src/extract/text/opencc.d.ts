// opencc-js publishes its dictionaries as modules without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  /** "traditional simplified [alternatives]|…" */
  const dictionary: string;
  export default dictionary;
}
