// Decap packages ship no type declarations; the admin code uses them through these loose types.
declare module 'decap-cms-locales' { export const ru: Record<string, unknown>; }
declare module 'decap-cms-app' {
  const CMS: {
    registerLocale(name: string, strings: unknown): void;
    registerPreviewStyle(style: string, options?: { raw?: boolean }): void;
    registerPreviewTemplate(name: string, component: unknown): void;
    init(options: { config: Record<string, unknown> }): void;
  };
  export default CMS;
}
declare module '*.yml?raw' { const text: string; export default text; }
declare module '*.css?inline' { const css: string; export default css; }
