// One person matcher for the tree's "me" and the CLI's --assignee/--owner.
import assert from 'node:assert/strict';
import { isMe, matchesPerson } from '../../../src/core/index';

describe('matchesPerson', () => {
  it('matches the whole value, the name, the email, or the part before the @, ignoring case and a leading @', () => {
    for (const query of ['priya@example.com', 'PRIYA', '@priya', 'Priya Shah', 'priya shah <Priya@example.com>']) {
      assert.ok(matchesPerson('Priya Shah <priya@example.com>', query), query);
    }
    assert.ok(matchesPerson('Priya@Example.com', 'priya'));
  });

  it('never matches a prefix, another domain, or nothing', () => {
    assert.ok(!matchesPerson('priyanka@example.com', 'priya'));
    assert.ok(!matchesPerson('priya@other.org', 'priya@example.com'));
    assert.ok(!matchesPerson('priya', 'priya@example.com'), 'a bare name is not an email the query names');
    assert.ok(!matchesPerson(undefined, 'priya'));
    assert.ok(!matchesPerson('priya@example.com', ' @ '));
  });

  it('is what "me" means in the editor', () => {
    assert.ok(isMe('sam@example.com', 'sam'));
    assert.ok(!isMe('sam@other.org', 'sam@example.com'));
  });
});
