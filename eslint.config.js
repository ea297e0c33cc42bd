import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const noUpwardImports = (patterns) => ['error', { patterns }]

export default tseslint.config(
  { ignores: ['dist', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Plain scripts served as they are (the theme script runs before the app, outside Vite).
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The domain and the contract are the bottom layers: they import nothing of ours above them.
    files: ['src/domain/**', 'src/contract/**'],
    rules: {
      'no-restricted-imports': noUpwardImports([
        { group: ['@/features/*', '@/app/*', '@/components/*', '@mocks/*', 'react', 'react-dom'] },
      ]),
    },
  },
  {
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': noUpwardImports([
        { group: ['@/features/*', '@/app/*', '@mocks/*'] },
      ]),
    },
  },
  {
    files: ['mocks/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': noUpwardImports([{ group: ['@/features/*', '@/app/*'] }]),
    },
  },
  {
    files: ['scripts/**'],
    rules: { 'no-console': 'off' },
  },
)
