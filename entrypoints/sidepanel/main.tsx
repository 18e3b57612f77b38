import { render } from 'preact';
import { Companion } from '@/components/Companion';
import '../popup/popup.css';

// The popup's content in a panel that stays open and follows the active tab.
render(<Companion mode="panel" />, document.getElementById('app')!);
