// Reads one candidate per line and prints, per line, how the independent npm package
// taiwan-id-validator judges it: "<national> <resident>" as 1/0.
import { readFileSync } from 'node:fs';
import { isIdCardNumber } from 'taiwan-id-validator';

const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const out = [];
for (const line of lines) {
  if (line.length === 0) continue;
  const national = isIdCardNumber(line, { nationalId: true, uiNumber: false });
  const resident = isIdCardNumber(line, { nationalId: false, uiNumber: true });
  out.push(`${national ? 1 : 0} ${resident ? 1 : 0}`);
}
process.stdout.write(out.join('\n') + '\n');
