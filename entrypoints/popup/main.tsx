import { render } from 'preact';
import { Companion } from '@/components/Companion';
import './popup.css';

render(<Companion mode="popup" />, document.getElementById('app')!);
