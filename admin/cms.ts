/** Boots Decap CMS from npm: Russian UI, the generated config, previews with the site's look. */
import CMS from 'decap-cms-app';
import { parse } from 'yaml';
import configText from './config.yml?raw';
import siteCss from '../src/styles/global.css?inline';
import { ruLocale } from './locale-ru.ts';
import { registerPreviews } from './previews.ts';

CMS.registerLocale('ru', ruLocale);
CMS.registerPreviewStyle(siteCss, { raw: true });
registerPreviews(CMS as never);
CMS.init({ config: { ...parse(configText), load_config_file: false } });
