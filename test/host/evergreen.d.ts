// Types of evergreen.js, for the unit tests that import it.
export declare const REFERENCE_DATE: string;
export declare function daysBetween(from: string, to: string): number;
export declare function shiftDates(text: string, days: number): string;
export declare function localDate(now?: Date): string;
export declare function copyEvergreen(source: string, target: string, today: string): number;
