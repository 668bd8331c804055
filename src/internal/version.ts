/** The library version; a test keeps it equal to package.json. Two copies on one page compare it. */
export const VERSION = '0.1.0';
