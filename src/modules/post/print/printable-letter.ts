/** A letter to print and post to a recipient who has no digital post (or is exempt from it). */
export interface PrintableLetter {
  recipient: { name: string; address?: string | null; postcode?: string | null; city?: string | null };
  sender: { name: string; department: string; address: string };
  subject: string;
  body: string;
  date: Date;
  reference?: string;
  locale: 'da' | 'en';
  attachmentsNote?: string[];
}
