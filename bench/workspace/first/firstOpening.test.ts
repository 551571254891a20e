import { openAndIndex } from '../measure';

describe('Workspace bench', function () {
  this.timeout(0);
  it('indexes the folder the first time it is opened', async () => {
    await openAndIndex('first opening');
  });
});
