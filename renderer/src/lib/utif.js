// utif2 (the TIFF decoder the engine uses), for the page. Its own type declarations begin with
// `import 'node'`, which would bring Node's globals into the renderer's type-check, where they
// do not exist at run time; utif.d.ts beside this file declares the part the page uses instead.
export { default } from 'utif2';
