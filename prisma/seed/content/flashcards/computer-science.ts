import type { SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

const content: SubjectFlashcards = {
  subject: "computer-science",
  flashcards: [
    {
      key: "computer-science-fc-a1-1-01",
      levels: ["SL", "HL"],
      topicCode: "A1.1",
      front: "Outline the fetch–decode–execute cycle.",
      back: "Fetch: the address in the PC is copied to the MAR and sent on the address bus; the instruction at that address comes back on the data bus into the MDR and is copied to the IR; the PC is incremented. Decode: the CU decodes the instruction in the IR. Execute: the CU signals the components needed (e.g. the ALU, with results in the AC), then the cycle repeats.",
    },
    {
      key: "computer-science-fc-a1-2-01",
      levels: ["SL", "HL"],
      topicCode: "A1.2",
      front: "Convert hexadecimal 2F to decimal and to 8-bit binary.",
      back: "2F = 2 × 16 + 15 = 47 in decimal. Each hex digit is 4 bits: 2 = 0010, F = 1111, so 2F = 0010 1111 in binary.",
    },
    {
      key: "computer-science-fc-a1-3-01",
      levels: ["SL", "HL"],
      topicCode: "A1.3",
      front: "Polling vs interrupt handling?",
      back: "Polling: the CPU repeatedly checks a device's status; simple and predictable but wastes CPU time when events are rare. Interrupts: the device signals the CPU when it needs attention; the CPU saves its state, runs the interrupt service routine, then resumes. Interrupts suit infrequent, unpredictable events; polling suits frequent, predictable ones.",
    },
    {
      key: "computer-science-fc-a2-1-01",
      levels: ["SL", "HL"],
      topicCode: "A2.1",
      front: "TCP vs UDP?",
      back: "TCP is connection-oriented: it sets up a connection, numbers segments, acknowledges and retransmits lost ones and delivers data in order (reliable, slower; e.g. web pages, email). UDP is connectionless with no acknowledgements or ordering (fast, low overhead, may lose packets; e.g. live streaming, online games, DNS lookups).",
    },
    {
      key: "computer-science-fc-a2-4-01",
      levels: ["SL", "HL"],
      topicCode: "A2.4",
      front: "Symmetric vs asymmetric encryption?",
      back: "Symmetric: the same secret key encrypts and decrypts; fast, but the key must be shared securely. Asymmetric: a public key encrypts and only the matching private key decrypts (or the private key signs and the public key verifies). Digital certificates, issued by a certificate authority, bind a public key to its owner.",
    },
    {
      key: "computer-science-fc-a3-2-01",
      levels: ["SL", "HL"],
      topicCode: "A3.2",
      front: "State the conditions for 1NF, 2NF and 3NF.",
      back: "1NF: atomic values, no repeating groups, a primary key. 2NF: 1NF and no partial dependencies (every non-key attribute depends on the whole of a composite key). 3NF: 2NF and no transitive dependencies (non-key attributes depend only on the key, not on other non-key attributes).",
    },
    {
      key: "computer-science-fc-a4-1-01",
      levels: ["SL", "HL"],
      topicCode: "A4.1",
      front: "Supervised vs unsupervised learning?",
      back: "Supervised learning trains on labelled data (inputs with known outputs) to predict labels or values, e.g. classification and regression. Unsupervised learning finds structure in unlabelled data, e.g. clustering and association rules. Reinforcement learning instead learns by trial and reward.",
    },
    {
      key: "computer-science-fc-b2-2-01",
      levels: ["SL", "HL"],
      topicCode: "B2.2",
      front: "Stack vs queue: principle and operations?",
      back: "Stack: last in, first out (LIFO); operations push, pop, peek, isEmpty (e.g. undo history, call stack). Queue: first in, first out (FIFO); operations enqueue, dequeue, front, isEmpty (e.g. print jobs, task scheduling).",
    },
    {
      key: "computer-science-fc-b2-4-01",
      levels: ["SL", "HL"],
      topicCode: "B2.4",
      front: "Worst-case time complexity of linear search, binary search, bubble sort and selection sort?",
      back: "Linear search O(n); binary search O(log n) (the list must be sorted); bubble sort O(n²); selection sort O(n²). Bubble and selection sort both use O(1) extra space.",
    },
    {
      key: "computer-science-fc-b3-1-01",
      levels: ["SL", "HL"],
      topicCode: "B3.1",
      front: "What is encapsulation in OOP?",
      back: "Bundling an object's data (attributes) with the methods that act on it, and hiding the data from outside code: attributes are declared private and accessed only through public methods such as getters and setters. This protects the object's state and lets its implementation change without breaking other code.",
    },
    {
      key: "computer-science-fc-a3-3-01",
      levels: ["HL"],
      topicCode: "A3.3",
      front: "What do the letters ACID stand for in database transactions?",
      back: "Atomicity (all of a transaction happens or none of it does), Consistency (a transaction moves the database from one valid state to another), Isolation (concurrent transactions do not interfere), Durability (committed changes survive failures). TCL commands: BEGIN TRANSACTION, COMMIT, ROLLBACK.",
    },
    {
      key: "computer-science-fc-b4-1-01",
      levels: ["HL"],
      topicCode: "B4.1",
      front: "Binary search tree: ordering rule, and what an in-order traversal outputs?",
      back: "For every node, all values in its left subtree are smaller and all values in its right subtree are larger. An in-order traversal (left subtree, node, right subtree) outputs the values in ascending order. Search, insertion and deletion take O(log n) on a balanced tree, O(n) in the worst case.",
    },
  ],
};

export default content;
