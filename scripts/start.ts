/** `npm start`: the site (astro dev) and the CMS's local backend (decap-server) on this computer only; Ctrl+C stops both. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const HOST = '127.0.0.1';
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
const CMS_PORT = 8081; // admin/config.yml → local_backend.url

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer().once('error', () => resolve(false)).listen(port, HOST, () => s.close(() => resolve(true)));
  });
}

if (!(await portFree(CMS_PORT))) {
  console.error(`Порт ${CMS_PORT} занят: возможно, редактор уже запущен в другом окне. Закройте его и повторите npm start.`);
  process.exit(1);
}

const children: ChildProcess[] = [];
const run = (args: string[], env: Record<string, string>) => {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  child.on('exit', (code) => { if (!stopping) { console.error(`Процесс остановился (код ${code}); останавливаю остальные.`); stop(code ?? 1); } });
  return child;
};

// decap-server in file mode writes straight into content/ and public/uploads/; commit with Git as usual.
run([path.join(root, 'node_modules/decap-server/dist/index.js')], { PORT: String(CMS_PORT), BIND_HOST: HOST, MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' });
run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', HOST, '--port', String(SITE_PORT)], {});

console.log(`
  Портал:   http://${HOST}:${SITE_PORT}/
  Редактор: http://${HOST}:${SITE_PORT}/admin/  (нажмите «Войти»: вход без пароля, только на этом компьютере)
  Остановить: Ctrl+C
`);

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
