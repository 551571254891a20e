// Second window, on the same folder, after the first one was closed: the corrections come back.
import * as assert from 'assert';
import { entitiesShown, openArticle } from '../shared';

describe('after the reload', () => {
  it('a new window shows the corrections made in the last one', async () => {
    await openArticle();
    const listed = await entitiesShown((found) => found.includes('Organizations/Victory Parade') && !found.includes('Organizations/Kremlin'));
    assert.ok(listed.includes('People/Vladimir Putin'), `Vladimir Putin is listed among ${listed.join(', ')}`);
  });
});
