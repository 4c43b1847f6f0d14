// esbuild's text loader turns an imported .graphql file into its source.
declare module '*.graphql' {
  const source: string;
  export default source;
}
