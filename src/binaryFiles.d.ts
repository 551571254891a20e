// Files bundled as bytes by esbuild's `binary` loader (esbuild.mjs): the name model's weights.
declare module '*.bin' {
  const bytes: Uint8Array;
  export default bytes;
}
