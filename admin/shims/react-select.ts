/** What Decap's widgets get for `import … from 'react-select'`: the library, with its Select speaking Russian (admin/library-ru.ts). */
import Select from 'react-select';
import { russianSelect } from '../library-ru.ts';

export * from 'react-select';
export default russianSelect(Select);
