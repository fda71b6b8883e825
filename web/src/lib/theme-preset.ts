import { definePreset } from '@primeuix/themes';
import Aura from '@primeuix/themes/aura';

/**
 * Aura with text colours dark enough for WCAG AA (4.5:1) on white: Aura's primary, warn and danger text use the
 * 500 shades (about 2.5-3.8:1) and its messages the 600 shades; here light mode uses darker ones (axe-core checks
 * this in tests/e2e/console.test.ts). Dark mode keeps Aura's values.
 */
const strong = (c: string) => ({
  background: `{${c}.700}`,
  hoverBackground: `{${c}.800}`,
  activeBackground: `{${c}.900}`,
  borderColor: `{${c}.700}`,
  hoverBorderColor: `{${c}.800}`,
  activeBorderColor: `{${c}.900}`,
});

export const ConsolePreset = definePreset(Aura, {
  semantic: {
    colorScheme: {
      light: {
        primary: { color: '{primary.700}', hoverColor: '{primary.800}', activeColor: '{primary.900}' },
      },
    },
  },
  components: {
    message: {
      colorScheme: {
        light: {
          error: { color: '{red.700}', simple: { color: '{red.700}' } },
          warn: { color: '{yellow.800}', simple: { color: '{yellow.800}' } },
          success: { color: '{green.800}', simple: { color: '{green.800}' } },
          info: { color: '{blue.700}', simple: { color: '{blue.700}' } },
        },
      },
    },
    toast: {
      colorScheme: {
        light: {
          info: { color: '{blue.700}' },
          success: { color: '{green.800}' },
          warn: { color: '{yellow.800}' },
          error: { color: '{red.700}' },
        },
      },
    },
    togglebutton: {
      colorScheme: { light: { root: { color: '{surface.600}' }, icon: { color: '{surface.600}' } } },
    },
    button: {
      colorScheme: {
        light: {
          root: { warn: strong('orange'), danger: strong('red') },
          outlined: { warn: { color: '{orange.700}' }, danger: { color: '{red.700}' } },
          text: { warn: { color: '{orange.700}' }, danger: { color: '{red.700}' } },
        },
      },
    },
  },
});
