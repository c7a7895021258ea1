// Integration tests for the trading API.
describe('Turn Around Prompt API Integration Tests', () => {
  describe('Write Integration TESTS', () => {
    test('Dont forget!', async () => {
      expect(false).toBe(true); // Placeholder failing test
    });
  });
});
