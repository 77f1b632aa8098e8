export default function TeachPage() {
  return <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>;
}
