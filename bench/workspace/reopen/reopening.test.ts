import * as assert from 'assert';
import { openAndIndex } from '../measure';

describe('Workspace bench', function () {
  this.timeout(0);
  it('reads the folder back from the store when it is opened again', async () => {
    assert.strictEqual(await openAndIndex('opened again'), 0, 'files analysed again');
  });
});
