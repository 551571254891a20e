// The index worker's ranges and locations (plain numbers and strings) as VS Code's.
import * as vscode from 'vscode';
import type { LocationParts, RangeParts } from './indexProtocol';

export const rangeOf = ([startLine, startCharacter, endLine, endCharacter]: RangeParts): vscode.Range => new vscode.Range(startLine, startCharacter, endLine, endCharacter);

export const locationOf = ({ file, range }: LocationParts): vscode.Location => new vscode.Location(vscode.Uri.parse(file), rangeOf(range));
