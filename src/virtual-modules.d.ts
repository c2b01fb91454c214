/** Modules the build provides (src/integrations/admin-bundle.ts). */
declare module 'virtual:admin-entry' {
  /** Address of the Decap CMS script: the built bundle's entry, or admin/cms.ts in `astro dev`. */
  const script: string;
  export default script;
}
