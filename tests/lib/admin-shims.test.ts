import { describe, expect, it } from 'vitest';
import { shimFor } from '../../src/integrations/admin-shims.ts';

describe('Decap\'s library imports redirected to the Russian shims', () => {
  it('only Decap packages get the shims; the shims and the site get the libraries themselves', () => {
    expect(shimFor('/r', 'react-select/async', '/r/node_modules/decap-cms-widget-relation/dist/esm/RelationControl.js')).toBe('/r/admin/shims/react-select-async.ts');
    expect(shimFor('/r', '@dnd-kit/core', '/r/node_modules/decap-cms-widget-list/dist/esm/ListControl.js')).toBe('/r/admin/shims/dnd-kit-core.ts');
    expect(shimFor('/r', 'react-select', '/r/admin/shims/react-select.ts')).toBeUndefined();
    expect(shimFor('/r', 'react-select', '/r/node_modules/@dnd-kit/sortable/dist/sortable.esm.js')).toBeUndefined();
    expect(shimFor('/r', 'react', '/r/node_modules/decap-cms-widget-list/dist/esm/ListControl.js')).toBeUndefined();
  });
});
