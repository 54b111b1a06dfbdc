// The built-in handoff types: the handoffs teams meet most, each designed around what the
// RECEIVING team needs to pick the work up without going back to the sender.
// Pure data: templates, snippets, lint rules and docs/TYPES.md all read from here.
import { DEFAULT_REQUIRED_FIELDS, type HandoffType, type SectionSpec } from '../config/types';

/** A prose section; its template is an HTML comment prompt, so an untouched section stays "empty". */
function section(name: string, description: string, prompt: string): SectionSpec {
  return { name, checklist: false, description, template: `<!-- ${prompt} -->` };
}

/** The checklist section: GFM task items the receiving team ticks before accepting. */
function checklist(name: string, description: string, items: readonly string[]): SectionSpec {
  return { name, checklist: true, description, template: items.map((item) => `- [ ] ${item}`).join('\n') };
}

function builtin(spec: Omit<HandoffType, 'requiredFields' | 'version' | 'source'>): HandoffType {
  return { ...spec, requiredFields: DEFAULT_REQUIRED_FIELDS, version: 1, source: 'builtin' };
}

export const BUILTIN_TYPES: readonly HandoffType[] = [
  builtin({
    id: 'sales-to-customer-success',
    title: 'Sales to Customer Success',
    description: 'A closed-won deal handed to Customer Success for onboarding, adoption and renewal.',
    from: 'Sales',
    to: 'Customer Success',
    sections: [
      section(
        'Customer',
        'Company, plan, contract value, start and renewal dates, CRM link.',
        'Who is the customer? Company, plan or tier, contract value and term, start and renewal dates, CRM link.',
      ),
      section(
        'Commitments made',
        'Everything promised during the sale: features, integrations, discounts, dates, non-standard terms.',
        'What did sales promise? Features, integrations, services, pricing concessions, deadlines, special contract terms.',
      ),
      section(
        'Success criteria',
        'The measurable outcomes the customer bought for, and by when.',
        'How will the customer judge success? Measurable goals, target dates, the first value milestone.',
      ),
      section(
        'Stakeholders',
        'Champion, economic buyer, admins and end users, with roles and contact details.',
        'Who is who? Champion, economic buyer, admin, end-user leads: names, roles, emails, how they like to be contacted.',
      ),
      section(
        'Risks',
        'Churn and delivery risks: objections, competitors, unhappy users, product gaps.',
        'What could go wrong? Objections raised, competitors in play, reluctant users, gaps between promise and product.',
      ),
      checklist('Handoff checklist', 'What Customer Success confirms before accepting the account.', [
        'Signed contract and order form attached to the CRM record',
        'Every commitment above confirmed as deliverable by product or services',
        'Customer success manager introduced to the champion by email',
        'Kickoff call scheduled with the customer',
        'Billing contact and invoicing terms confirmed with finance',
      ]),
    ],
  }),
  builtin({
    id: 'sales-to-support',
    title: 'Sales to Support',
    description: 'A new customer handed to Support for day-to-day care: who they are, what they are entitled to, what is already broken.',
    from: 'Sales',
    to: 'Support',
    sections: [
      section(
        'Customer',
        'Company, account id, plan and support tier, go-live date.',
        'Who is the customer? Company, account id, plan, support tier, go-live date, CRM link.',
      ),
      section(
        'Products & entitlements',
        'Products and licence counts, support level (hours, channels, response times), contract end date.',
        'What did they buy? Products, seats or licences, support level and response times, channels, contract end date.',
      ),
      section(
        'Known issues',
        'Problems already raised during the sale or trial, with ticket links and workarounds.',
        'What is already known to be broken or awkward? Issues from the trial or sale, ticket links, workarounds promised.',
      ),
      section(
        'Contacts & escalation',
        'Who may open tickets, escalation contacts on both sides, preferred channels.',
        'Who may contact support, and who do we escalate to on each side? Names, emails, phone, preferred channel.',
      ),
      checklist('Handoff checklist', 'What Support confirms before accepting the customer.', [
        'Account and entitlements set up in the support system',
        'Authorised contacts added to the support portal',
        'Known issues logged as tickets with owners',
        'Escalation path shared with the customer',
        'Welcome email with support hours and channels sent',
      ]),
    ],
  }),
  builtin({
    id: 'marketing-to-sales',
    title: 'Marketing to Sales',
    description: 'A qualified lead passed from Marketing to Sales, with enough context for a first call that does not start from zero.',
    from: 'Marketing',
    to: 'Sales',
    sections: [
      section(
        'Lead',
        'Contact, role, company, size, source campaign and how they reached us.',
        'Who is the lead? Name, role, email, company and size, source campaign, how and when they reached us.',
      ),
      section(
        'Qualification',
        'Budget, authority, need and timeline (BANT), with the evidence for each.',
        'BANT: Budget? Authority (who decides)? Need (the problem in their words)? Timeline? Say what is known and how.',
      ),
      section(
        'Engagement history',
        'Content downloaded, events attended, emails, site visits, earlier conversations.',
        'What has the lead done so far? Downloads, webinars, events, pricing-page visits, replies, earlier calls.',
      ),
      section(
        'Next step',
        'The agreed next action, its date, and what the lead expects from Sales.',
        'What happens next, when, and what does the lead expect? Meeting booked, demo requested, call back date.',
      ),
      checklist('Handoff checklist', 'What Sales confirms before accepting the lead.', [
        'Lead record complete in the CRM (contact, company, source campaign)',
        'Lead score meets the sales-accepted threshold',
        'Next step confirmed with the lead',
        'Account owner assigned and notified',
        'Lead removed from marketing nurture emails',
      ]),
    ],
  }),
  builtin({
    id: 'design-to-manufacturing',
    title: 'Design to Manufacturing',
    description: 'A released design handed to Manufacturing: the package to build from, its tolerances, materials and open issues.',
    from: 'Design',
    to: 'Manufacturing',
    sections: [
      section(
        'Design package',
        'Drawings, 3D models and bill of materials being released, with revision levels and links.',
        'What is released? Drawing numbers, CAD models, BOM, revision levels, where the files live.',
      ),
      section(
        'Specifications & tolerances',
        'Critical dimensions and tolerances, finishes, test and inspection requirements.',
        'Which dimensions are critical? Tolerances, surface finishes, coatings, tests and inspection criteria.',
      ),
      section(
        'Materials & suppliers',
        'Materials and grades, approved suppliers, lead times, long-lead items.',
        'What is it made of and from whom? Materials, grades, approved suppliers, lead times, long-lead items.',
      ),
      section(
        'Open issues',
        'Known design issues, pending engineering changes and deviations, each with an owner.',
        'What is not settled yet? Known issues, pending engineering change orders, approved deviations, owners and dates.',
      ),
      checklist('Release checklist', 'What Manufacturing confirms before accepting the release.', [
        'Drawings and BOM released in the PLM system at the revision listed',
        'Design for manufacturability review completed',
        'First-article inspection plan agreed with quality',
        'Long-lead materials ordered or quoted',
        'Tooling and fixtures identified',
      ]),
    ],
  }),
  builtin({
    id: 'preconstruction-to-construction',
    title: 'Preconstruction to Construction',
    description: 'A project handed from the preconstruction team to the site team that builds it.',
    from: 'Preconstruction',
    to: 'Construction',
    sections: [
      section(
        'Scope',
        'What is being built: drawing set, specifications, inclusions and exclusions.',
        'What is in and out of scope? Drawing set and revision, specification sections, inclusions, exclusions, allowances.',
      ),
      section(
        'Budget & schedule',
        'Contract value, contingency, milestones and the baseline schedule.',
        'Contract value and type, contingency, key milestones, substantial completion date, link to the baseline schedule.',
      ),
      section(
        'Permits & approvals',
        'Permits issued or pending, required inspections, conditions of approval.',
        'Which permits are issued or pending? Inspections required, conditions of approval, utility and owner approvals.',
      ),
      section(
        'Site conditions & safety',
        'Access, utilities, existing conditions, geotechnical findings, hazards, site safety plan.',
        'What will the site team find? Access and laydown, utilities, soil and existing-condition reports, hazards, safety plan.',
      ),
      section(
        'Subcontractors',
        'Awarded trades, contract status, contacts, scope gaps between packages.',
        'Who is on board? Awarded trades, contract and insurance status, contacts, scope gaps or overlaps between packages.',
      ),
      checklist('Mobilization checklist', 'What the site team confirms before accepting the project.', [
        'Issued-for-construction drawings distributed to the site team',
        'Building permit on site and first inspections scheduled',
        'Site-specific safety plan reviewed with the superintendent',
        'Subcontracts executed and insurance certificates on file',
        'Budget and baseline schedule loaded in project controls',
        'Preconstruction meeting held with the owner and architect',
      ]),
    ],
  }),
  builtin({
    id: 'maintenance-request',
    title: 'Maintenance request',
    description: 'A property-maintenance request passed from property management to the technician who will fix it.',
    from: 'Property Management',
    to: 'Maintenance',
    sections: [
      section(
        'Property & unit',
        'Property, building, unit and the exact location of the problem.',
        'Where is it? Property, building, unit number, floor, the exact room or fixture.',
      ),
      section(
        'Problem',
        'What is wrong, since when, what has been tried, photos.',
        'What is wrong and since when? What has the tenant or staff already tried? Photos, make and model if known.',
      ),
      section(
        'Access & tenant contact',
        'Tenant name and phone, availability, keys, pets, permission to enter.',
        'How does the technician get in? Tenant name and phone, available times, key or lockbox, pets, permission to enter.',
      ),
      section(
        'Urgency & safety',
        'Priority (emergency, urgent, routine), hazards, shut-offs, interim measures.',
        'How urgent is it and is anyone at risk? Priority, water, gas or electrical hazards, shut-off locations, interim measures.',
      ),
      checklist('Dispatch checklist', 'What the technician confirms before accepting the job.', [
        'Tenant contacted and access window confirmed',
        'Priority and response time agreed',
        'Parts and tools needed identified',
        'Work order number recorded in the property system',
        'Hazards and shut-off locations passed on to the technician',
      ]),
    ],
  }),
  builtin({
    id: 'creative-to-digital-marketing',
    title: 'Creative to Digital Marketing',
    description: 'Finished campaign assets handed from the creative team to digital marketing for launch.',
    from: 'Creative',
    to: 'Digital Marketing',
    sections: [
      section(
        'Campaign',
        'Campaign name, objective, audience, key message, the brief it answers.',
        'Which campaign is this? Objective, target audience, key message, link to the creative brief.',
      ),
      section(
        'Assets',
        'Every deliverable with its link, format, dimensions or duration, and version.',
        'List every asset with a link: format, dimensions or duration, file size, version, alt text or captions.',
      ),
      section(
        'Channels & schedule',
        'Where each asset runs, launch and end dates, budget per channel.',
        'Where and when does each asset run? Channels and placements, launch and end dates, budget split.',
      ),
      section(
        'Brand & legal constraints',
        'Usage rights and their expiry, required disclaimers, brand rules, approvals.',
        'What must not be changed or broken? Licence terms and expiry, disclaimers, brand rules, who approved what.',
      ),
      checklist('Launch checklist', 'What Digital Marketing confirms before accepting the assets.', [
        'Final assets uploaded in every size and format the channels need',
        'Copy proofread and approved by the brand owner',
        'Licences for stock images, music and talent valid through the end date',
        'Tracking links and UTM parameters provided',
        'Legal disclaimers approved',
      ]),
    ],
  }),
  builtin({
    id: 'generic',
    title: 'Generic handoff',
    description: 'Any other handoff between two teams or people: what is handed over, why, and what is still open.',
    sections: [
      section(
        'Summary',
        'What is being handed over, in two or three sentences.',
        'What is being handed over, and what does the receiver need to do with it?',
      ),
      section(
        'Context',
        'Background, decisions made, links to documents, where the work stands.',
        'Why does this exist and where does it stand? Decisions made, links to documents, systems and people involved.',
      ),
      section(
        'Open questions',
        'Unresolved questions and who can answer them.',
        'What is still undecided or unknown, and who can answer it?',
      ),
      checklist('Checklist', 'What the receiver confirms before accepting.', [
        'Receiving owner confirmed',
        'Documents and access shared',
        'Open questions reviewed together',
        'Due date agreed by both sides',
      ]),
    ],
  }),
];
