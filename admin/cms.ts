/** Boots Decap CMS from npm: Russian UI, the generated config, previews with the site's look, upload rules enforced (and Decap's English question before replacing a file asked in Russian), blanks in optional fields dropped and entries the site would reject refused before saving. */
import CMS from 'decap-cms-app';
import { parse } from 'yaml';
import configText from './config.yml?raw';
import siteCss from '../src/styles/global.css?inline';
import programmesCss from '../src/styles/programmes.css?inline';
import { ruLocale } from './locale-ru.ts';
import { registerPreviews } from './previews.ts';
import { guardFileInputs, guardSaving, translateReplaceQuestion } from './upload-guard.ts';
import { checkDraftsOnSave } from './draft-guard.ts';
import { registerSlugWidget } from './slug-widget.ts';
import { registerLabelledWidgets } from './widget-labels.ts';
import { registerRelationRecorder } from './related-entries.ts';
import { registerDecimalNumbers } from './decimal-widget.ts';

CMS.registerLocale('ru', ruLocale);
CMS.registerPreviewStyle(siteCss, { raw: true });
CMS.registerPreviewStyle(programmesCss, { raw: true });
registerPreviews(CMS as never);
registerSlugWidget(CMS as never);
registerLabelledWidgets(CMS as never);
registerRelationRecorder(CMS as never);
registerDecimalNumbers(CMS as never);
const config = parse(configText);
guardFileInputs(document);
translateReplaceQuestion(window);
checkDraftsOnSave(CMS as never, config.collections);
guardSaving(CMS as never, config.collections);
CMS.init({ config: { ...config, load_config_file: false } });
