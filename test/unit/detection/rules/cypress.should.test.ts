import { ruleTester } from './ruleTester';

ruleTester("cypress.should", {
  found: [
    "cy.request('/').its('status').should('eq', «200»);",
    "cy.request('/').should('have.property', 'status', «201»);",
  ],
  ignored: [
    "cy.get('li').should('have.length', 200);",
  ],
});
