/** What Decap's relation widget gets for `import AsyncSelect from 'react-select/async'`: the same, speaking Russian (admin/library-ru.ts). */
import AsyncSelect from 'react-select/async';
import { russianSelect } from '../library-ru.ts';

export * from 'react-select/async';
export default russianSelect(AsyncSelect);
