import { describe, expect, it } from 'vitest';
import { decapValidate } from './decap-validate.ts';
import { buildCmsConfig } from '../../src/lib/cms-config.ts';

describe('probe', () => {
  it('validates', () => {
    decapValidate(buildCmsConfig({ backend: { name: 'github', repo: 'a/b' } }));
  });
});
