import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

// Your directory's feed (same origin here; any CORS-enabled https URL works).
createRoot(document.getElementById('root')).render(<App feedUrl="/feed.json" />);
