import { expect } from '@open-wc/testing';
import { readStorage, removeStorage, writeStorage } from '../../src/internal/storage.js';

describe('storage', () => {
  afterEach(() => removeStorage('local', 'mg-test'));

  it('reads what it wrote', () => {
    expect(writeStorage('local', 'mg-test', 'yes')).to.equal(true);
    expect(readStorage('local', 'mg-test')).to.equal('yes');
    removeStorage('local', 'mg-test');
    expect(readStorage('local', 'mg-test')).to.equal(undefined);
  });

  it('never throws when storage throws', () => {
    const proto = Storage.prototype;
    const original = { get: proto.getItem, set: proto.setItem, remove: proto.removeItem };
    proto.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    proto.removeItem = proto.getItem;
    try {
      expect(writeStorage('session', 'mg-test', 'x')).to.equal(false);
      expect(readStorage('session', 'mg-test')).to.equal(undefined);
      expect(() => removeStorage('local', 'mg-test')).not.to.throw();
    } finally {
      proto.getItem = original.get;
      proto.setItem = original.set;
      proto.removeItem = original.remove;
    }
  });

  it('never throws when the storage getter itself throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(readStorage('local', 'mg-test')).to.equal(undefined);
      expect(writeStorage('local', 'mg-test', 'x')).to.equal(false);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});
